# corpus: modelled-on=hubitat2prom / HomeDeploys Issueneter .NET Dockerfiles (dotnet publish -a $TARGETARCH) with the runtime stage pinned to $BUILDPLATFORM
# corpus: expect=AL208@14
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /src
COPY Directory.Packages.props NuGet.config ./
COPY src/Notify.Web/Notify.Web.csproj src/Notify.Web/
RUN dotnet restore src/Notify.Web/Notify.Web.csproj -a $TARGETARCH
COPY . .
RUN dotnet publish src/Notify.Web/Notify.Web.csproj \
      -c Release -a $TARGETARCH --no-restore -o /app/publish

# runtime
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0 AS final
WORKDIR /app
EXPOSE 8080
ENV ASPNETCORE_HTTP_PORTS=8080
COPY --from=build /app/publish .
USER $APP_UID
ENTRYPOINT ["dotnet", "Notify.Web.dll"]
