# corpus: modelled-on=ubi8/dotnet-80 multi-stage (s2i-dotnetcore style) publishing for a pinned runtime identifier
# corpus: expect=AL205@11
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi8/dotnet-80:8.0 AS build
USER 0
WORKDIR /src
COPY *.sln ./
COPY src/Orders.Api/Orders.Api.csproj src/Orders.Api/
RUN dotnet restore src/Orders.Api/Orders.Api.csproj
COPY . .
RUN dotnet publish src/Orders.Api/Orders.Api.csproj -c Release \
      -r linux-x64 --self-contained true \
      -o /app/publish /p:PublishTrimmed=false

FROM registry.access.redhat.com/ubi8/ubi-minimal:8.10
RUN microdnf -y install libicu krb5-libs openssl-libs zlib && microdnf clean all
WORKDIR /opt/app
COPY --from=build /app/publish .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER 1001
ENTRYPOINT ["./Orders.Api"]
