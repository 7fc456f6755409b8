namespace NatoAspire.DownloadBenchmark;

/// <summary>Debian's nginx with a throw-away configuration: one process, sendfile on, serving one folder on loopback.</summary>
static class Nginx
{
    public const string Binary = "/usr/sbin/nginx";

    public static ServerProcess Start(string root, int port, string workFolder)
    {
        Directory.CreateDirectory(workFolder);
        var config = Path.Combine(workFolder, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{workFolder}}/nginx.pid;
            error_log {{workFolder}}/error.log warn;
            events { worker_connections 64; }
            http {
                access_log off;
                sendfile on;
                tcp_nopush on;
                client_body_temp_path {{workFolder}}/body;
                proxy_temp_path {{workFolder}}/proxy;
                fastcgi_temp_path {{workFolder}}/fastcgi;
                uwsgi_temp_path {{workFolder}}/uwsgi;
                scgi_temp_path {{workFolder}}/scgi;
                default_type application/octet-stream;
                server {
                    listen 127.0.0.1:{{port}};
                    location / { root {{root}}; }
                    location = /ready { return 200 "ready"; }
                }
            }
            """);
        return ServerProcess.Start("nginx", Binary, ["-p", workFolder, "-c", config], workFolder);
    }
}
