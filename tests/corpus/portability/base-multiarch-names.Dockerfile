# corpus: modelled-on=ordinary multi-arch official images with look-alike words
# corpus: expect=
FROM node:20-bookworm-slim AS web
FROM python:3.12-slim-bookworm AS api
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled
COPY --from=web /usr/local/bin/node /usr/local/bin/node
