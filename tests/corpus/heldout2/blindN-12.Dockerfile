# corpus: modelled-on=docker docs "Go cross-compilation" ($BUILDPLATFORM + GOOS/GOARCH from TARGET*) with templ installed as a build tool
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
RUN apk add --no-cache git
# build-time code generator: runs on the build host, never shipped
RUN go install github.com/a-h/templ/cmd/templ@v0.2.793
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN templ generate
ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath \
      -ldflags "-s -w -X main.version=${VERSION} -X main.arch=${TARGETARCH}" \
      -o /out/webdash ./cmd/webdash

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/webdash /webdash
EXPOSE 3000
ENTRYPOINT ["/webdash"]
