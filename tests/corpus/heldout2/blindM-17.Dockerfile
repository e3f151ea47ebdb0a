# corpus: modelled-on=dotnet-docker sample copied with a defaulted TARGETARCH and a BUILDPLATFORM final stage
# corpus: expect=AL207@5,AL208@14
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0 AS build
# default so `docker build` without buildx still works
ARG TARGETARCH=amd64
WORKDIR /source

COPY *.csproj .
RUN dotnet restore -a $TARGETARCH

COPY . .
RUN dotnet publish -c Release -a $TARGETARCH --no-restore -o /app

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:8.0 AS final
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=5000 \
    DOTNET_EnableDiagnostics=0
EXPOSE 5000
USER $APP_UID
ENTRYPOINT ["./Publisher"]
