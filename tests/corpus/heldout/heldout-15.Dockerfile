# corpus: modelled-on=dotnet self-contained sample found via search ('dotnet publish -o /app/build --self-contained true -r linux-x64')
# corpus: expect=AL205@11
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY ["Hello.Api/Hello.Api.csproj", "Hello.Api/"]
RUN dotnet restore "Hello.Api/Hello.Api.csproj" -r linux-x64
COPY . .
WORKDIR "/src/Hello.Api"
RUN dotnet publish "Hello.Api.csproj" -c Release -o /app/publish \
    --self-contained true \
    -r linux-x64 \
    /p:PublishSingleFile=true \
    /p:PublishTrimmed=false

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
ENTRYPOINT ["./Hello.Api"]
