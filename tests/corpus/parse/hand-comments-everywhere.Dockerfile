# syntax=docker/dockerfile:1
# archlint: platforms=linux/amd64,linux/arm64

# Base image
FROM debian:12-slim AS base # trailing text is part of the arguments
# archlint: ignore=AL301
RUN apt-get update \
# comment at column 1 inside a continuation
    && apt-get install -y \
        # indented comment inside a continuation
        curl \
    && rm -rf /var/lib/apt/lists/*
#
#   empty comment above resets BuildKit's comment list
#
RUN echo '# not a comment' "# nor this"
