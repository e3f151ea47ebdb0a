# corpus: modelled-on=cargo target from uname inline (blind batch 2: labelled before running archlint)
# corpus: expect=
FROM rust:1.79-alpine
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release --target $(uname -m)-unknown-linux-musl
