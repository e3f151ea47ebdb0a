# corpus: modelled-on=dotnet/dotnet-docker samples (FROM --platform=$BUILDPLATFORM sdk, restore/publish -a $TARGETARCH)
# corpus: expect=
# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
# The SDK always runs natively (x64 on CI); `-a` selects linux-x64 or linux-arm64 assets.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-alpine AS build
ARG TARGETARCH
WORKDIR /source

COPY Scheduler.Worker/*.csproj Scheduler.Worker/
RUN dotnet restore Scheduler.Worker -a $TARGETARCH

COPY . .
RUN dotnet publish Scheduler.Worker \
      -a $TARGETARCH \
      -c Release \
      --no-restore \
      -o /app

FROM mcr.microsoft.com/dotnet/runtime:9.0-alpine
RUN apk add --no-cache icu-libs tzdata
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENTRYPOINT ["./Scheduler.Worker"]
