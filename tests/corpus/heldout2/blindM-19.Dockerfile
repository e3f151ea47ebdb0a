# corpus: modelled-on=playwright/dotnet test-runner images + Dockerfiles adding Google Chrome from dl.google.com
# corpus: expect=AL304@22
FROM mcr.microsoft.com/dotnet/sdk:8.0-jammy AS tests
ARG DEBIAN_FRONTEND=noninteractive
WORKDIR /src

COPY tests/E2E/E2E.csproj tests/E2E/
RUN dotnet restore tests/E2E/E2E.csproj
COPY . .
RUN dotnet build tests/E2E/E2E.csproj -c Release -o /e2e

# Playwright browsers + OS deps (pwsh comes from a dotnet tool)
RUN dotnet tool install --global PowerShell \
    && /root/.dotnet/tools/pwsh /e2e/playwright.ps1 install --with-deps chromium

# real Chrome for the "branded browser" smoke suite
RUN curl -fsSL https://dl.google.com/linux/linux_signing_key.pub \
      | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg \
    && echo "deb [signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
      > /etc/apt/sources.list.d/google-chrome.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends google-chrome-stable fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

ENV PLAYWRIGHT_BROWSERS_PATH=/root/.cache/ms-playwright
CMD ["dotnet", "test", "/e2e/E2E.dll", "--logger", "trx"]
