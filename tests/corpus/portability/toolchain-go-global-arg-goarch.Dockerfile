# corpus: modelled-on=multi-stage Go Dockerfiles that keep shared build settings in global ARGs
# corpus: expect=AL204@4
ARG GO_VERSION=1.22
ARG GOARCH=amd64

FROM golang:${GO_VERSION} AS build
ARG GOARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/agent ./cmd/agent

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/agent /agent
ENTRYPOINT ["/agent"]
