# corpus: modelled-on=dotnet/dotnet-docker samples/aspnetapp/Dockerfile (BUILDPLATFORM sdk + -a $TARGETARCH)
# corpus: expect=
# syntax=docker/dockerfile:1
# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
# The SDK always runs natively (e.g. amd64 CI runners); only the output
# is produced for the requested arch, so no QEMU is needed for the build.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

# copy csproj and restore as distinct layers
COPY --link Inventory/*.csproj .
RUN dotnet restore -a $TARGETARCH

# copy and publish app and libraries
COPY --link Inventory/. .
RUN dotnet publish -a $TARGETARCH --no-restore -o /app

# final stage/image
FROM mcr.microsoft.com/dotnet/aspnet:8.0
EXPOSE 8080
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=3s CMD ["dotnet", "Inventory.dll", "--healthcheck"]
ENTRYPOINT ["./Inventory"]
