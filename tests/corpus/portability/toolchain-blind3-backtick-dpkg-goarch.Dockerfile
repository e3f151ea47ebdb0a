# corpus: modelled-on=GOARCH from dpkg in backticks (blind batch 3: labelled before running archlint)
# corpus: expect=
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN GOARCH=`dpkg --print-architecture` go build -o /out/app .
FROM debian:bookworm-slim
COPY --from=build /out/app /app
