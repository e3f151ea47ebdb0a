# corpus: modelled-on=Rust service built on Fedora with an explicit target triple and native CPU tuning
# corpus: expect=AL402@9,AL205@10
FROM fedora:41 AS build
RUN dnf -y install rust cargo gcc openssl-devel pkgconf-pkg-config \
    && dnf clean all
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src/ src/
ENV RUSTFLAGS="-C target-cpu=native"
RUN cargo build --release --locked --target x86_64-unknown-linux-gnu

FROM fedora:41
RUN dnf -y install openssl-libs ca-certificates && dnf clean all
COPY --from=build /src/target/x86_64-unknown-linux-gnu/release/metricsd /usr/bin/metricsd
RUN useradd -r metricsd
USER metricsd
EXPOSE 9100
ENTRYPOINT ["/usr/bin/metricsd"]
