# corpus: modelled-on=GOARM set but no arm platform (blind batch: labelled before running archlint)
# corpus: expect=
FROM golang:1.22 AS build
ENV GOARM=7
WORKDIR /src
COPY . .
RUN go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
