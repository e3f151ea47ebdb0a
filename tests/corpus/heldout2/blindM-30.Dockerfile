# corpus: modelled-on=RHEL/UBI .NET images installing msodbcsql18 rpm from packages.microsoft.com
# corpus: expect=AL301@12,AL301@13,AL302@14,AL302@15
FROM registry.access.redhat.com/ubi9/ubi:9.4

ARG MSODBC_VERSION=18.4.1.1-1
ARG TOOLS_VERSION=18.4.1.1-1

RUN dnf install -y dotnet-runtime-8.0 unixODBC curl-minimal && dnf clean all

# pinned driver rpms (the repo metadata mirror is flaky on our network)
WORKDIR /tmp/rpms
RUN curl -fsSLO https://packages.microsoft.com/rhel/9/prod/Packages/m/msodbcsql18-${MSODBC_VERSION}.x86_64.rpm \
    && curl -fsSLO https://packages.microsoft.com/rhel/9/prod/Packages/m/mssql-tools18-${TOOLS_VERSION}.x86_64.rpm \
    && ACCEPT_EULA=Y dnf install -y ./msodbcsql18-${MSODBC_VERSION}.x86_64.rpm \
         ./mssql-tools18-${TOOLS_VERSION}.x86_64.rpm \
    && dnf clean all && rm -rf /tmp/rpms

ENV PATH="${PATH}:/opt/mssql-tools18/bin" \
    DOTNET_RUNNING_IN_CONTAINER=true
WORKDIR /app
COPY publish/ ./
USER 1001
ENTRYPOINT ["dotnet", "Etl.Runner.dll"]
