# corpus: modelled-on=hubitat2prom-style BUILDPLATFORM sdk Dockerfile that forgot ARG TARGETARCH and uses --platform=$TARGETPLATFORM
# corpus: expect=AL203@11,AL203@15,AL202@17
ARG DOTNET_VERSION=8.0

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build-env
ARG BUILDPLATFORM
WORKDIR /app

COPY src/*.sln ./
COPY src/Exporter/*.csproj ./Exporter/
RUN dotnet restore Exporter/Exporter.csproj -a $TARGETARCH

COPY src/. ./
RUN echo "building on $BUILDPLATFORM" && \
    dotnet publish Exporter/Exporter.csproj -c Release --no-restore -a $TARGETARCH -o /out

FROM --platform=$TARGETPLATFORM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}
WORKDIR /app
COPY --from=build-env /out .
ENV ASPNETCORE_URLS=http://+:9100
EXPOSE 9100
ENTRYPOINT ["./Exporter"]
