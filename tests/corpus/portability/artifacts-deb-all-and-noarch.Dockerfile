# corpus: modelled-on=architecture-independent packages
# corpus: expect=
FROM debian:bookworm-slim
COPY pkgs/ /tmp/pkgs/
RUN dpkg -i /tmp/pkgs/company-ca-certs_2.1_all.deb \
 && apt-get install -y /tmp/pkgs/fonts-corp_1.0_all.deb
RUN pip install /tmp/pkgs/internal_tools-3.2-py3-none-any.whl
