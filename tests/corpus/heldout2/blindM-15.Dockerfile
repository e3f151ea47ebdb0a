# corpus: modelled-on=WeihanLi/dotnet-httpie style RID mapping, but only the amd64 branch was written
# corpus: expect=AL205@13
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0 AS build
ARG TARGETARCH
ARG CONFIGURATION=Release
WORKDIR /src

COPY Directory.Build.props Directory.Packages.props ./
COPY src/Cli/Cli.csproj src/Cli/
COPY . .

# TODO(arm64): add linux-arm64 once the Graviton runners are in place
RUN case "$TARGETARCH" in \
      amd64) RID=linux-x64 ;; \
      *) echo "unsupported arch: $TARGETARCH" >&2; exit 1 ;; \
    esac \
    && dotnet publish src/Cli/Cli.csproj -c "$CONFIGURATION" -r "$RID" \
         --self-contained -p:PublishSingleFile=true -p:InvariantGlobalization=true \
         -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled
WORKDIR /app
COPY --from=build /out/cli /usr/local/bin/cli
USER $APP_UID
ENTRYPOINT ["cli"]
