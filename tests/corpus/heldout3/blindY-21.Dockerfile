# corpus: modelled-on=chromedp/docker-headless-shell README (Go crawler copied onto chromedp/headless-shell)
# corpus: expect=AL204@6
FROM golang:1.23-bookworm AS build
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/crawler
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -o /go/bin/crawler ./cmd/crawler

FROM chromedp/headless-shell:131.0.6778.85
RUN apt-get update \
 && apt-get install -y --no-install-recommends dumb-init ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /go/bin/crawler /usr/local/bin/crawler
ENV CHROME_PATH=/headless-shell/headless-shell
ENTRYPOINT ["dumb-init", "--"]
CMD ["crawler", "--concurrency", "4"]
