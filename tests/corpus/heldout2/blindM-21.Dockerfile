# corpus: modelled-on=mcr.microsoft.com/playwright/dotnet based runners; Chrome only where Google ships it
# corpus: expect=
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY Ui.Tests/ Ui.Tests/
RUN dotnet build Ui.Tests/Ui.Tests.csproj -c Release -o /out

FROM mcr.microsoft.com/playwright/dotnet:v1.48.0-noble
ARG TARGETARCH
WORKDIR /tests
COPY --from=build /out ./

# google-chrome-stable only exists for amd64; arm64 runs use bundled chromium
RUN if [ "$TARGETARCH" = "amd64" ]; then \
      apt-get update && apt-get install -y --no-install-recommends curl gnupg && \
      curl -fsSL https://dl.google.com/linux/linux_signing_key.pub \
        | gpg --dearmor -o /usr/share/keyrings/google-chrome.gpg && \
      echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google-chrome.gpg] http://dl.google.com/linux/chrome/deb/ stable main" \
        > /etc/apt/sources.list.d/google-chrome.list && \
      apt-get update && \
      apt-get install -y --no-install-recommends google-chrome-stable && \
      rm -rf /var/lib/apt/lists/*; \
    fi

ENV BROWSER_CHANNEL=chromium
CMD ["dotnet", "test", "Ui.Tests.dll"]
