# syntax = docker/dockerfile:1.4

# Build file for the service
ARG RUST_VERSION=1.77
from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli
