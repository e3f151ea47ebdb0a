# corpus: modelled-on=balenalib/<arch>-debian device base images
# corpus: expect=AL209@3
FROM balenalib/amd64-debian:bookworm
RUN install_packages curl jq
CMD ["bash"]
