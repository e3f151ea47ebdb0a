# corpus: modelled-on=dotnet SDK container publishing with --os linux --arch x64
# corpus: expect=AL205@6
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish --os linux --arch x64 -c Release -o /app
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY --from=build /app /app
