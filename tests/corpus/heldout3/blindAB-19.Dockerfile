# corpus: modelled-on=NethermindEth/nethermind Dockerfile (dotnet publish from $BUILDPLATFORM with -r mapped from TARGETARCH)
# corpus: expect=
# SPDX-License-Identifier: LGPL-3.0-only
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-noble AS build

ARG BUILD_CONFIG=release
ARG CI=true
ARG COMMIT_HASH
ARG TARGETARCH

WORKDIR /nethermind
COPY src/Nethermind src/Nethermind
COPY Directory.*.props nuget.config global.json ./

# .NET calls amd64 "x64"; arm64 is the same word in both worlds
RUN arch=$([ "$TARGETARCH" = "amd64" ] && echo "x64" || echo "$TARGETARCH") && \
    dotnet publish src/Nethermind/Nethermind.Runner -c $BUILD_CONFIG -r linux-$arch -o /publish --sc false \
      -p:SourceRevisionId=$COMMIT_HASH

FROM mcr.microsoft.com/dotnet/aspnet:9.0-noble
WORKDIR /nethermind
VOLUME /nethermind/keystore /nethermind/logs /nethermind/nethermind_db
EXPOSE 8545 8551 30303
COPY --from=build /publish .
ENTRYPOINT ["./nethermind"]
