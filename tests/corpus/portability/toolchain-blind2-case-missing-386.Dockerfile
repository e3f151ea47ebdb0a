# corpus: modelled-on=TARGETARCH case for GOARCH without 386 while linux/386 is requested (blind batch 2: labelled before running archlint)
# corpus: expect=AL204@8
# corpus: platforms=linux/amd64,linux/arm64,linux/386
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN case "$TARGETARCH" in \
      amd64|x86_64) export GOARCH=amd64 ;; \
      arm64|aarch64) export GOARCH=arm64 ;; \
      *) echo "unsupported" >&2; exit 1 ;; \
    esac; \
    go build -o /out/app .
FROM alpine
COPY --from=build /out/app /app
