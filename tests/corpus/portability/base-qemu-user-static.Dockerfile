# corpus: modelled-on=multiarch/qemu-user-static register images (name several arches)
# corpus: expect=
FROM multiarch/qemu-user-static:x86_64-aarch64 AS qemu
FROM debian:bookworm-slim
COPY --from=qemu /usr/bin/qemu-aarch64-static /usr/bin/
