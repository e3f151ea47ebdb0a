# corpus: modelled-on=Dockerfiles whose last stage is a BUILDPLATFORM dev shell
# corpus: expect=AL208@9
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .
FROM alpine:3.20 AS runtime
COPY --from=build /out/app /app
FROM --platform=$BUILDPLATFORM golang:1.22 AS dev
WORKDIR /src
CMD ["bash"]
