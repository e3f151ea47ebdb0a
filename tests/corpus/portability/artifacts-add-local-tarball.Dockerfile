# corpus: modelled-on=ADD of a local tarball named for x86_64
# corpus: expect=AL303@4
FROM ubuntu:22.04
ADD vendor/node_exporter-1.8.1.linux-amd64.tar.gz /opt/
