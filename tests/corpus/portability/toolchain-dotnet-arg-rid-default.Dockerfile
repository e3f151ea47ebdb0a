# corpus: modelled-on=.NET Dockerfiles exposing the RID as a build arg with an x64 default
# corpus: expect=AL205@7
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG RUNTIME_ID=linux-x64
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -r ${RUNTIME_ID} -o /out
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0
COPY --from=build /out /app
ENTRYPOINT ["/app/Service"]
