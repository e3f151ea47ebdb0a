# corpus: modelled-on=public "FROM --platform=linux/amd64 ubuntu:22.04 / WORKDIR /driver" chrome-for-testing Dockerfiles + nander.cc selenium-in-docker recipe (google-chrome-stable from the apt repo)
# corpus: expect=AL201@3,AL301@8,AL304@17
FROM --platform=linux/amd64 debian:bookworm-slim AS driver
ARG CHROME_VERSION=130.0.6723.91
WORKDIR /driver
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl unzip ca-certificates \
 && curl -fsSLo chromedriver.zip https://storage.googleapis.com/chrome-for-testing-public/${CHROME_VERSION}/linux64/chromedriver-linux64.zip \
 && unzip -j chromedriver.zip '*/chromedriver' -d /driver/bin

FROM python:3.12-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl gnupg ca-certificates \
 && curl -fsSL https://dl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/google.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends google-chrome-stable \
 && rm -rf /var/lib/apt/lists/*
COPY --from=driver /driver/bin/chromedriver /usr/local/bin/chromedriver
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN useradd -m app
USER app
CMD ["python", "-m", "bot"]
