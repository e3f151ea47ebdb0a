# corpus: modelled-on=code-golf/code-golf docker/firefox.Dockerfile + e8kor/python-geckodriver-docker-image, plus a small Go wait-for helper stage
# corpus: expect=AL204@6,AL301@17
FROM golang:1.23-alpine AS tools
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/waitfor
COPY tools/waitfor/ ./
RUN go build -trimpath -ldflags="-s -w" -o /out/waitfor .

FROM python:3.12-slim-bookworm
ARG GECKODRIVER_VERSION=0.35.0
ARG GECKO_PLATFORM=linux64
RUN apt-get update \
 && apt-get install -y --no-install-recommends firefox-esr curl ca-certificates xauth xvfb \
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL "https://github.com/mozilla/geckodriver/releases/download/v${GECKODRIVER_VERSION}/geckodriver-v${GECKODRIVER_VERSION}-${GECKO_PLATFORM}.tar.gz" \
      | tar -xz -C /usr/local/bin \
 && chmod 0755 /usr/local/bin/geckodriver
COPY --from=tools /out/waitfor /usr/local/bin/waitfor
WORKDIR /e2e
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENTRYPOINT ["waitfor", "--tcp", "app:8080", "--"]
CMD ["pytest", "-q", "tests/e2e"]
