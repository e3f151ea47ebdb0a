# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG BASE_IMAGE=debian:bookworm-slim
FROM rust:1.76 as planner
WORKDIR /app
RUN cargo install cargo-chef
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

FROM rust:1.76 as cacher
WORKDIR /app
RUN cargo install cargo-chef
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --target x86_64-unknown-linux-gnu --recipe-path recipe.json
