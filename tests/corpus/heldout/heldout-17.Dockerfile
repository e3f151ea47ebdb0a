# corpus: modelled-on=dotnet sample with 'ARG BUILDPLATFORM=linux/amd64' (search hit) and '# FINAL STAGE FROM --platform=${BUILDPLATFORM} mcr.microsoft.com/dotnet/runtime:8.0' (search hit)
# corpus: expect=AL207@5,AL208@14
# because of dotnet, we always build on amd64, and target platforms in cli
# docker buildx build --platform "linux/arm64/v8" .
ARG BUILDPLATFORM=linux/amd64

FROM --platform=${BUILDPLATFORM} mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG TARGETARCH
WORKDIR /source
COPY . .
RUN dotnet restore -a $TARGETARCH && \
    dotnet publish -c Release -o /app -a $TARGETARCH --self-contained false --no-restore

FROM --platform=${BUILDPLATFORM} mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY --from=build /app .
ENTRYPOINT ["dotnet", "Worker.dll"]
