# corpus: modelled-on=self-contained .NET worker service (Azure Functions/worker-style) published with a fixed RID
# corpus: expect=AL205@7,AL205@10,AL209@14
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim AS publish
WORKDIR /src
COPY ["Telemetry.Worker/Telemetry.Worker.csproj", "Telemetry.Worker/"]
COPY ["Telemetry.Shared/Telemetry.Shared.csproj", "Telemetry.Shared/"]
RUN dotnet restore "Telemetry.Worker/Telemetry.Worker.csproj" -r linux-x64
COPY . .
WORKDIR /src/Telemetry.Worker
RUN dotnet publish "Telemetry.Worker.csproj" -c Release -r linux-x64 \
      --self-contained true --no-restore \
      -p:PublishSingleFile=true -p:PublishTrimmed=true -o /app/publish

FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim-amd64 AS final
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=publish /app/publish .
USER app
ENTRYPOINT ["./Telemetry.Worker"]
