# corpus: modelled-on=kcl-controller style: BUILDPLATFORM Go build that declares TARGETOS/TARGETARCH but never passes them
# corpus: expect=AL206@11
ARG GO_VERSION=1.22

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} as build
COPY / /src
WORKDIR /src
ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0
RUN go build -a -o kcl-controller cmd/main.go

FROM debian:bookworm-slim
COPY --from=build /src/kcl-controller /usr/local/bin/
ENTRYPOINT ["kcl-controller"]
