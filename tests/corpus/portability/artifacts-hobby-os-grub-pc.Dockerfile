# corpus: modelled-on=hobby OS build images installing grub-pc-bin
# corpus: expect=AL304@4
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends qemu-system-x86 ovmf grub-pc-bin xorriso mtools
WORKDIR /os
COPY . .
RUN make iso
