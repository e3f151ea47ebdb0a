# corpus: modelled-on=.NET service image that also cross-builds a small Go health probe (GOARCH pinned)
# corpus: expect=AL204@8
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS probe
WORKDIR /probe
COPY tools/probe/ ./
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
RUN go build -trimpath -ldflags="-s -w" -o /out/probe .

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN dotnet publish src/Catalog/Catalog.csproj -c Release -a $TARGETARCH -o /app

FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled
WORKDIR /app
COPY --from=build /app .
COPY --from=probe /out/probe /usr/local/bin/probe
HEALTHCHECK --interval=15s --timeout=2s CMD ["/usr/local/bin/probe", "http://localhost:8080/healthz"]
USER $APP_UID
ENTRYPOINT ["dotnet", "Catalog.dll"]
