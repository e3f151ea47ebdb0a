# corpus: modelled-on=webapi multi-stage with pinned -r linux-x64 (cf. Cloud Run ContosoUniversity / webapi.csproj samples)
# corpus: expect=AL205@10,AL205@15
# https://hub.docker.com/_/microsoft-dotnet
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src

# restore first so the package layer is cached
COPY ["Orders.Api/Orders.Api.csproj", "Orders.Api/"]
COPY ["Orders.Domain/Orders.Domain.csproj", "Orders.Domain/"]
RUN dotnet restore "Orders.Api/Orders.Api.csproj" -r linux-x64

COPY . .
WORKDIR /src/Orders.Api
RUN dotnet publish "Orders.Api.csproj" -c Release --no-restore \
    -r linux-x64 --self-contained false \
    -o /app/publish /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS final
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
COPY --from=build /app/publish .
USER $APP_UID
ENTRYPOINT ["dotnet", "Orders.Api.dll"]
