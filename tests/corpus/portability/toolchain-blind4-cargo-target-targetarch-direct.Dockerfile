# corpus: modelled-on=cargo --target built directly from TARGETARCH text (wrong spelling, but parametrized) (blind batch 4: labelled before running archlint)
# corpus: expect=
FROM --platform=$BUILDPLATFORM rust:1.79 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN cargo build --release --target ${TARGETARCH}-unknown-linux-gnu
FROM debian:bookworm-slim
COPY --from=build /src/target/ /t/
