# corpus: modelled-on=company .NET 6 worker service, self-contained publish, New Relic .NET agent from .deb
# corpus: expect=AL205@10,AL209@12,AL301@16,AL302@17
FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build
WORKDIR /src
COPY ["Payments.Worker/Payments.Worker.csproj", "Payments.Worker/"]
COPY nuget.config .
RUN dotnet restore "Payments.Worker/Payments.Worker.csproj" --configfile nuget.config
COPY . .
RUN dotnet publish "Payments.Worker/Payments.Worker.csproj" -c Release \
        -r linux-x64 --self-contained true -p:PublishTrimmed=false -o /app/publish

FROM mcr.microsoft.com/dotnet/runtime-deps:6.0-jammy-amd64 AS final
ARG NEWRELIC_AGENT_VERSION=10.20.1
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && cd /tmp && curl -fsSLO \
        https://download.newrelic.com/dot_net_agent/previous_releases/${NEWRELIC_AGENT_VERSION}/newrelic-dotnet-agent_${NEWRELIC_AGENT_VERSION}_amd64.deb \
    && dpkg -i newrelic-dotnet-agent_${NEWRELIC_AGENT_VERSION}_amd64.deb \
    && rm -f /tmp/newrelic-dotnet-agent_*.deb && rm -rf /var/lib/apt/lists/*

ENV CORECLR_ENABLE_PROFILING=1 \
    CORECLR_PROFILER={36032161-FFC0-4B61-B559-F6C5D41BAE5A} \
    CORECLR_NEWRELIC_HOME=/usr/local/newrelic-dotnet-agent \
    CORECLR_PROFILER_PATH=/usr/local/newrelic-dotnet-agent/libNewRelicProfiler.so \
    NEW_RELIC_APP_NAME=payments-worker

COPY certs/*.crt /usr/local/share/ca-certificates/
RUN update-ca-certificates && useradd -r -u 1000 app
WORKDIR /app
COPY --from=build /app/publish .
USER app
ENTRYPOINT ["./Payments.Worker"]
