# corpus: modelled-on=ASP.NET images (portable)
# corpus: expect=
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_gcServer=1
ENTRYPOINT ["dotnet", "Web.dll"]
