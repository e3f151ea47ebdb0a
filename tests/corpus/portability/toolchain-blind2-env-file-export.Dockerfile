# corpus: modelled-on=env loaded from a file before the build (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN export $(grep -v '^#' build.env | xargs) && go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
