# corpus: modelled-on=ASP.NET API Dockerfile with a BUILDPLATFORM sdk stage publishing for linux-x64
# corpus: expect=AL205@10
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY Inventory.sln ./
COPY src/Inventory.Api/Inventory.Api.csproj src/Inventory.Api/
RUN dotnet restore src/Inventory.Api/Inventory.Api.csproj
COPY . .
RUN dotnet publish src/Inventory.Api/Inventory.Api.csproj -c Release \
    -r linux-x64 --self-contained false -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Inventory.Api.dll"]
