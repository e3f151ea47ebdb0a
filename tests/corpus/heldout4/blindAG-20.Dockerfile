# corpus: modelled-on=ASP.NET Core app following the dotnet-docker "cross-platform build" sample (-a $TARGETARCH)
# corpus: expect=
# Learn about building .NET container images:
# https://github.com/dotnet/dotnet-docker/blob/main/samples/README.md
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source

# copy csproj and restore as distinct layers
COPY src/Billing.Api/*.csproj src/Billing.Api/
RUN dotnet restore src/Billing.Api -a $TARGETARCH

# copy everything else and build app
COPY src/ src/
RUN dotnet publish src/Billing.Api -a $TARGETARCH --no-restore \
      -c Release -o /app /p:UseAppHost=true

# final stage/image
FROM mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_gcServer=0
EXPOSE 8080
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
HEALTHCHECK --interval=30s CMD ["dotnet", "Billing.Api.dll", "--healthcheck"]
ENTRYPOINT ["./Billing.Api"]
