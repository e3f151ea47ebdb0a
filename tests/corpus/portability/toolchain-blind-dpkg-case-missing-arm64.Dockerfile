# corpus: modelled-on=dpkg case with GOARCH missing arm64 (blind batch: labelled before running archlint)
# corpus: expect=AL204@8
FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y golang-go
WORKDIR /src
COPY . .
RUN dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
      amd64) export GOARCH=amd64 ;; \
      armhf) export GOARCH=arm GOARM=7 ;; \
      *) echo "unsupported: $dpkgArch" >&2; exit 1 ;; \
    esac; \
    go build -o /out/app .
FROM debian:bookworm-slim
COPY --from=build /out/app /app
