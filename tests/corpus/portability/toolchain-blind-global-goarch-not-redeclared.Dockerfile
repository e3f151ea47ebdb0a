# corpus: modelled-on=global GOARCH not visible in stage (blind batch: labelled before running archlint)
# corpus: expect=
ARG GOARCH=amd64
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN GOARCH=$GOARCH go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
