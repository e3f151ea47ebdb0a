# corpus: modelled-on=.NET 8 on UBI 8 cross publish from $BUILDPLATFORM with TARGETARCH -> RID mapping
# corpus: expect=
FROM --platform=$BUILDPLATFORM registry.access.redhat.com/ubi8/dotnet-80:8.0 AS build
ARG TARGETARCH
USER 0
WORKDIR /src
COPY src/Gateway/Gateway.csproj src/Gateway/
# dotnet calls amd64 "x64"; arm64 keeps its name
RUN case "$TARGETARCH" in \
      amd64) echo x64 > /tmp/rid ;; \
      arm64) echo arm64 > /tmp/rid ;; \
      *) echo "unsupported: $TARGETARCH" >&2; exit 1 ;; \
    esac \
    && dotnet restore src/Gateway/Gateway.csproj -r linux-$(cat /tmp/rid)
COPY . .
RUN dotnet publish src/Gateway/Gateway.csproj -c Release --no-restore \
      -r linux-$(cat /tmp/rid) --self-contained true -o /app

FROM registry.access.redhat.com/ubi8/ubi-minimal:8.10
RUN microdnf -y install libicu openssl-libs zlib && microdnf clean all
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_HTTP_PORTS=8080
USER 1001
EXPOSE 8080
ENTRYPOINT ["/app/Gateway"]
