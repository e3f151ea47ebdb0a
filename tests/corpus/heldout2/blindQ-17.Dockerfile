# corpus: modelled-on=Perl/CPAN reporting app (perl:5.38 + cpanm) that also runs a vendored 32-bit x86 legacy binary
# corpus: expect=AL304@6,AL304@9,AL303@19
FROM perl:5.38-bookworm

# the old report generator is a 32-bit i386 ELF, needs the i386 loader
RUN dpkg --add-architecture i386 \
 && apt-get update \
 && apt-get install -y --no-install-recommends \
      libc6-i386 lib32gcc-s1 \
      libmariadb-dev libexpat1-dev libssl-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/reports
COPY cpanfile cpanfile.snapshot ./
RUN cpanm --notest --installdeps . \
 && cpanm --notest Starman Plack::Middleware::ReverseProxy DBD::MariaDB \
 && rm -rf /root/.cpanm

COPY vendor/bin/legacy-report-i386 /usr/local/bin/legacy-report
COPY lib/ lib/
COPY app.psgi ./

RUN useradd -r -s /usr/sbin/nologin reports
USER reports
EXPOSE 5000
CMD ["starman", "--workers", "4", "--port", "5000", "app.psgi"]
