# corpus: modelled-on=FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/core/sdk:3.1 Archiver Dockerfile (TARGETPLATFORM -> RID if/elif)
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
ARG TARGETPLATFORM
COPY Archiver/*.csproj .
RUN if [ "$TARGETPLATFORM" = "linux/amd64" ]; then \
        RID=linux-x64 ; \
    elif [ "$TARGETPLATFORM" = "linux/arm64" ]; then \
        RID=linux-arm64 ; \
    elif [ "$TARGETPLATFORM" = "linux/arm/v7" ]; then \
        RID=linux-arm ; \
    fi \
    && echo "$RID" > /tmp/rid \
    && dotnet restore -r "$RID"
COPY . .
RUN dotnet publish -c Release -o /app -r "$(cat /tmp/rid)" --self-contained false --no-restore

FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY --from=build /app .
VOLUME /archive
ENTRYPOINT ["dotnet", "Archiver.dll"]
