# corpus: modelled-on=dotnet/SqlClient#220 workaround Dockerfiles (alpine + icu-libs) with -a/--os cross publish
# corpus: expect=
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build
ARG TARGETARCH
WORKDIR /src

COPY ["Billing.Api/Billing.Api.csproj", "Billing.Api/"]
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet restore "Billing.Api/Billing.Api.csproj" -a "$TARGETARCH" --os linux-musl

COPY . .
RUN --mount=type=cache,id=nuget,target=/root/.nuget/packages \
    dotnet publish "Billing.Api/Billing.Api.csproj" -c Release --no-restore \
      -a "$TARGETARCH" --os linux-musl -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine AS final
# Microsoft.Data.SqlClient needs ICU (+ krb5 for integrated auth)
RUN apk add --no-cache icu-libs icu-data-full krb5-libs tzdata
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    ASPNETCORE_HTTP_PORTS=8080
WORKDIR /app
COPY --from=build /app/publish .
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "Billing.Api.dll"]
