package uk.gov.bestvalue.returns.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import uk.gov.bestvalue.returns.access.Role;
import uk.gov.bestvalue.returns.access.UserAccount;
import uk.gov.bestvalue.returns.access.UsersFile;

/**
 * Who may see the page (only under {@code serve}, the one command with a web server): everyone signs in with a
 * form (the users file, bcrypt); every form carries a CSRF token; the monitoring packs, council-wide, are the
 * programme office's; each page narrows what a lead sees to their directorates ({@link Viewers}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityConfiguration.class);

    @Bean
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/page.css", "/error").permitAll()
                        .requestMatchers("/packs", "/packs/**").hasRole(Role.PROGRAMME_OFFICE.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/grid", true).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'none'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }

    @Bean
    UsersFile usersFile(WebSettings settings) {
        UsersFile users = new UsersFile(settings.usersFile());
        if (users.users().isEmpty()) {
            log.warn("Nobody can sign in to the page yet: {} holds no user (add one with `returns-pipeline users add "
                    + "NAME --programme-office`)", settings.usersFile().toAbsolutePath());
        }
        return users;
    }

    /** Read at each sign-in, so a user added or removed by {@code users} takes effect without a restart. */
    @Bean
    UserDetailsService users(UsersFile users) {
        return name -> users.find(name).map(WebSecurityConfiguration::details)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Refuses an upload too large before it is read or its CSRF token looked for, saying so plainly. */
    @Bean
    FilterRegistrationBean<UploadSizeLimit> uploadSizeLimit(WebSettings settings) {
        FilterRegistrationBean<UploadSizeLimit> registration =
                new FilterRegistrationBean<>(new UploadSizeLimit(settings.maxUploadBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/check");
        return registration;
    }

    private static User details(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
        account.directorates().forEach(d -> authorities.add(new SimpleGrantedAuthority(Viewers.DIRECTORATE + d)));
        return new User(account.name(), account.passwordHash(), authorities);
    }
}
